"""parity/: each source's claims against the others (claims, blocking, scoring, origins, stance, status, verdicts)."""
