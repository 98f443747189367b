"""SERA-style phonetic typing of Ge'ez script (Amharic), for tutors without an Ethiopic keyboard layout.

The Ethiopic block is regular: each consonant owns a row of eight code points, its seven vowel orders
(ä e, u, i, a, ē ie/E, ə I or nothing, o) and, for most rows, a labialised `wa` form. So the table is built
from one consonant → row map plus the order of each vowel, never written out glyph by glyph.

Keys follow SERA (System for Ethiopic Representation in ASCII), with the digraphs Amharic typists expect:
  consonants  h l H m `s r s x|sh q Q b v t c|ch `h n N|ny k K w z Z|zh y d D j g G T C P S|ts `S f p
  vowels      e u i a E|ie|ee I o; a consonant alone is its 6th order (ə): `selam` → ሰላም, `bEt` → ቤት
  vowel alone a vowel with no consonant before it is carried by አ (`abeba` → አበባ); `` ` `` before a
              vowel uses ዐ instead (`` `amet `` → ዓመት)
  labialised  W: `lWa` → ሏ, `qWe` → ቈ, `kWi` → ኲ, `gW` → ጕ
  gemination  a doubled consonant is written once, as Ge'ez script does (`temarri` → ተማሪ)
  separator   ' between letters keeps them apart (`s's` → ስስ, `n'y` → ንይ, `li'e` → ሊአ); '' types '
  punctuation after an Ethiopic letter: `.` or `::` → ።, `,` → ፣, `;` → ፤, `:` → ፡, `:-` → ፥

`Composer` turns keys into text one key at a time, as a text box needs: each key answers what is now final
(`commit`) and what is shown but may still change (`preedit`: `l` shows ል, then `a` makes it ላ).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

# the first code point of each consonant's row (its 1st order)
ROWS: dict[str, int] = {
    "h": 0x1200, "l": 0x1208, "H": 0x1210, "m": 0x1218, "`s": 0x1220, "r": 0x1228, "s": 0x1230,
    "x": 0x1238, "sh": 0x1238, "q": 0x1240, "Q": 0x1250, "b": 0x1260, "v": 0x1268, "t": 0x1270,
    "c": 0x1278, "ch": 0x1278, "`h": 0x1280, "n": 0x1290, "N": 0x1298, "ny": 0x1298, "k": 0x12A8,
    "K": 0x12B8, "w": 0x12C8, "z": 0x12D8, "Z": 0x12E0, "zh": 0x12E0, "y": 0x12E8, "d": 0x12F0,
    "D": 0x12F8, "j": 0x1300, "g": 0x1308, "G": 0x1318, "T": 0x1320, "C": 0x1328, "P": 0x1330,
    "S": 0x1338, "ts": 0x1338, "`S": 0x1340, "f": 0x1348, "p": 0x1350,
}  # fmt: skip
GLOTTAL = 0x12A0  # አ: carries a vowel that follows no consonant
PHARYNGEAL = 0x12D0  # ዐ, typed `
# the vowel orders, as offsets into a row
# "ee" is not SERA, but it is how many tutors spell ē (`beet`, like `bEt` and `biet`, → ቤት)
ORDERS: dict[str, int] = {"e": 0, "u": 1, "i": 2, "a": 3, "E": 4, "ie": 4, "ee": 4, "I": 5, "o": 6}
SIXTH = 5
# rows whose labialised forms are a row of their own (ቈ ቊ ቋ ቌ ቍ), by their plain row
LABIALISED_ROWS = {0x1240: 0x1248, 0x1250: 0x1258, 0x1280: 0x1288, 0x12A8: 0x12B0, 0x12B8: 0x12C0,
                   0x1308: 0x1310}  # fmt: skip
LABIALISED_ORDERS: dict[str, int] = {"We": 0, "Wi": 2, "Wa": 3, "WE": 4, "Wie": 4, "Wee": 4, "W": 5, "WI": 5}
# rows with a `wa` form in their 8th place (ሏ ሟ ሷ …); ሀ, ወ, የ and ፀ hold an `oa` form there instead
_OA_ROWS = {0x1200, 0x12C8, 0x12E8, 0x1340}
WA_ROWS = frozenset(
    base for base in set(ROWS.values()) if base not in LABIALISED_ROWS and base not in _OA_ROWS
)
# punctuation, only after an Ethiopic letter (so 10:30, 3.5 and English text stay as typed)
PUNCTUATION: dict[str, str] = {".": "።", "::": "።", ":": "፡", ":-": "፥", ",": "፣", ";": "፤"}


@cache
def letters() -> dict[str, str]:
    """Every complete key sequence of a syllable → the syllable."""
    table: dict[str, str] = {}
    for key, base in ROWS.items():
        for lead in _geminated(key):
            table[lead] = chr(base + SIXTH)
            for vowel, order in ORDERS.items():
                table[lead + vowel] = chr(base + order)
            if base in LABIALISED_ROWS:
                for keys, order in LABIALISED_ORDERS.items():
                    table[lead + keys] = chr(LABIALISED_ROWS[base] + order)
            elif base in WA_ROWS:
                table[lead + "W"] = table[lead + "Wa"] = chr(base + 7)
    for vowel, order in ORDERS.items():
        # Amharic writes a word's opening "a" with አ (አበባ), like "e"; ኣ is typed A
        glottal = chr(GLOTTAL if vowel == "a" else GLOTTAL + order)
        table[vowel] = table["'" + vowel] = glottal
        table["`" + vowel] = chr(PHARYNGEAL + order)
    table["A"] = chr(GLOTTAL + 3)
    table["''"] = "'"
    table["``"] = "`"
    return table


def _geminated(key: str) -> tuple[str, ...]:
    """A consonant's keys and its doubled (geminated) spellings: l, ll; sh, shsh, ssh."""
    doubled = (key, key + key)
    return (*doubled, key[0] + key) if len(key) > 1 and key[0] != "`" else doubled


@cache
def _extensible(table_id: str) -> frozenset[str]:
    """Key sequences that a further key can still change (proper prefixes of a table's entries)."""
    table = letters() if table_id == "letters" else PUNCTUATION
    return frozenset(keys[:n] for keys in table for n in range(1, len(keys)))


# a pending key sequence that is no syllable on its own: ' is a separator, ` waits for its vowel
_INCOMPLETE = {"'": "", "`": "`"}


def is_ethiopic_letter(ch: str) -> bool:
    return "\u1200" <= ch <= "\u135a"


@dataclass(frozen=True)
class Step:
    """What one key did: `commit` is final text, `preedit` the pending syllable shown after it."""

    commit: str
    preedit: str


class Composer:
    """Ge'ez text from Latin keys, one key at a time, for a text box's input.

    `before` is the character in front of the cursor, which decides whether `.` and `,` become ። and ፣.
    """

    def __init__(self, before: str = "") -> None:
        self._keys = ""
        self._table = "letters"
        self._before = before[-1:]

    @property
    def pending(self) -> str:
        """The Latin keys not yet final."""
        return self._keys

    def preedit(self) -> str:
        return self._render(self._keys)

    def reset(self, before: str = "") -> None:
        """Forget pending keys (the cursor moved, the box lost focus) without committing them."""
        self._keys = ""
        self._before = before[-1:]

    def feed(self, key: str) -> Step:
        """Take one typed character."""
        if self._keys and self._keys + key in self._entries_and_prefixes():
            self._keys += key
            return self._settle("")
        commit = self.flush()
        if key in self._starts("letters"):
            self._table, self._keys = "letters", key
        elif key in self._starts("punctuation") and is_ethiopic_letter((self._before + commit)[-1:]):
            self._table, self._keys = "punctuation", key
        else:
            commit += key
            self._before = key
        return self._settle(commit)

    def flush(self) -> str:
        """Make the pending syllable final and return it."""
        text = self._render(self._keys)
        self._keys = ""
        if text:
            self._before = text[-1]
        return text

    def backspace(self) -> bool:
        """Drop the last pending key; False when nothing was pending (the text box deletes a character)."""
        if not self._keys:
            return False
        self._keys = self._keys[:-1]
        return True

    def _settle(self, commit: str) -> Step:
        # a syllable no further key can change is final at once
        if self._keys and self._keys not in _extensible(self._table):
            commit += self.flush()
        return Step(commit, self._render(self._keys))

    def _render(self, keys: str) -> str:
        table = letters() if self._table == "letters" else PUNCTUATION
        return table.get(keys, _INCOMPLETE.get(keys, keys))

    def _entries_and_prefixes(self) -> frozenset[str]:
        return _all_keys(self._table)

    @staticmethod
    def _starts(table_id: str) -> frozenset[str]:
        return _first_keys(table_id)


@cache
def _all_keys(table_id: str) -> frozenset[str]:
    table = letters() if table_id == "letters" else PUNCTUATION
    return frozenset(table) | _extensible(table_id)


@cache
def _first_keys(table_id: str) -> frozenset[str]:
    return frozenset(keys[0] for keys in _all_keys(table_id))


def transliterate(keys: str, before: str = "") -> str:
    """The Ge'ez text for a whole run of Latin keys: `selam temari` → ሰላም ተማሪ."""
    composer = Composer(before)
    text = "".join(composer.feed(key).commit for key in keys)
    return text + composer.flush()
