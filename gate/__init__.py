"""The pre-publication gate behind checks.py: out/ checked against the excerpts it was made from."""
