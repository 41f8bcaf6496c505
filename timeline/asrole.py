"""", as <an office>" after an apposition names the office someone is given ("named a former banker, Ana Ruiz, as prime
minister on Wednesday", "appointed a veteran diplomat, Jonas Berg, as envoy to the talks"): no clause of its own, so the
act's words and day run on past it (session 18). ", as" before anything else still opens a clause ("..., as protesters
gathered outside"). Offices: the role heads of data/roles.toml; their modifiers below."""

from __future__ import annotations

import re

from timeline import lexicon as L

# Words that may stand between "as" and the office ("as its new ambassador", "as the country's interim president").
_BEFORE = r"(?:(?:the|a|an|its|his|her|their|[\w’'-]+['’]s)\s+)?(?:(?:new|interim|acting|caretaker|transitional|first|next" \
          r"|special|deputy|chief|top|senior|sole|joint|permanent|temporary)\s+){0,2}"
_ROLES = sorted({h.lower() for h in L.ROLE_HEADS if h.replace(" ", "").replace("-", "").isalpha()}, key=len, reverse=True)
# The look-ahead CLAUSE_BREAK_RE puts after ", as": an office named right after it is no clause.
AS_ROLE_AHEAD = rf"(?!\s+{_BEFORE}(?i:{'|'.join(re.escape(r) for r in _ROLES)})\b)"
