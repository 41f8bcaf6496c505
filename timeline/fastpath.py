"""Whether extraction takes its exact shortcuts (gates that skip work whose result is never used); tests turn it off
to prove the plain path gives the same events (tests/timeline/test_speed_session12_b.py)."""

ON = True
