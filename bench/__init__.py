"""The benchmark: generated excerpt sets, per-stage figures, date finding against dateparser, hostile inputs."""
