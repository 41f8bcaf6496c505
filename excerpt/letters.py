"""Letter classes for regular expressions, so names like López, Erdoğan or Nguyễn count as words."""

# Python's re has no \p{Lu}; these classes are built once from Unicode's own case data over the
# scripts foreign-affairs news prints names in (Latin with its accents, Vietnamese, Greek, Cyrillic).
_BLOCKS = ((0x41, 0x250), (0x370, 0x400), (0x400, 0x530), (0x1E00, 0x1F00))


def _class_body(keep) -> str:
    """The body of a [...] class: every kept character, consecutive code points as ranges."""
    points = [c for lo, hi in _BLOCKS for c in range(lo, hi) if keep(chr(c))]
    parts: list[str] = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        first, last = chr(points[i]), chr(points[j])
        parts.append(first if i == j else f"{first}-{last}" if j > i + 1 else first + last)
        i = j + 1
    return "".join(parts)


UPPER = _class_body(str.isupper)
"""Upper-case letters, for a [...] class: A-Z, À-Ö, Ø-Þ, Ā, Ă, ... Ş, Ž, Ả, ..."""
LOWER = _class_body(str.islower)
"""Lower-case letters, for a [...] class."""
LETTER = UPPER + LOWER
"""Upper- and lower-case letters, for a [...] class (no digits, unlike \\w)."""
