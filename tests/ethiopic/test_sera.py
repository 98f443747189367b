"""SERA phonetic typing: every syllable of the Ethiopic block a tutor can type, checked against the Unicode
character names (an oracle independent of the module's code-point arithmetic), and everyday words."""

from __future__ import annotations

import unicodedata

from astegni_desktop.ethiopic.sera import Composer, Step, transliterate

# SERA key → the consonant as Unicode names it (ETHIOPIC SYLLABLE <consonant><vowel>)
CONSONANTS = {
    "h": "H", "l": "L", "H": "HH", "m": "M", "`s": "SZ", "r": "R", "s": "S", "x": "SH", "sh": "SH",
    "q": "Q", "Q": "QH", "b": "B", "v": "V", "t": "T", "c": "C", "ch": "C", "`h": "X", "n": "N",
    "N": "NY", "ny": "NY", "k": "K", "K": "KX", "w": "W", "z": "Z", "Z": "ZH", "zh": "ZH", "y": "Y",
    "d": "D", "D": "DD", "j": "J", "g": "G", "G": "GG", "T": "TH", "C": "CH", "P": "PH", "S": "TS",
    "ts": "TS", "`S": "TZ", "f": "F", "p": "P",
}  # fmt: skip
# SERA vowel → the vowel as Unicode names it; no vowel is the 6th order
VOWELS = {"e": "A", "u": "U", "i": "I", "a": "AA", "E": "EE", "ie": "EE", "I": "E", "": "E", "o": "O"}
LABIALISED = {"We": "WA", "Wi": "WI", "Wa": "WAA", "WE": "WEE", "W": "WE"}
OWN_LABIALISED_ROW = {"Q", "QH", "X", "K", "KX", "G"}
NO_WA = {*OWN_LABIALISED_ROW, "H", "W", "Y", "TZ"}  # their 8th place is an `oa` form, or empty
WA = {key: name for key, name in CONSONANTS.items() if name not in NO_WA}


def syllable(name: str) -> str:
    return unicodedata.lookup(f"ETHIOPIC SYLLABLE {name}")


SYLLABLES = [(c + v, syllable(cn + vn)) for c, cn in CONSONANTS.items() for v, vn in VOWELS.items()]
SYLLABLES += [
    (c + w, syllable(cn + wn))
    for c, cn in CONSONANTS.items()
    if cn in OWN_LABIALISED_ROW
    for w, wn in LABIALISED.items()
]
SYLLABLES += [(c + "Wa", syllable(cn + ("WAA" if cn == "GG" else "WA"))) for c, cn in WA.items()]
SYLLABLES += [(v, syllable(f"GLOTTAL {n}")) for v, n in VOWELS.items() if v and v != "a"]
SYLLABLES += [("a", "አ"), ("A", "ኣ"), ("'o", "ኦ")]
SYLLABLES += [("`" + v, syllable(f"PHARYNGEAL {n}")) for v, n in VOWELS.items() if v]

WORDS = [
    ("selam", "ሰላም"), ("temari", "ተማሪ"), ("selam temari", "ሰላም ተማሪ"), ("bEt", "ቤት"), ("biet", "ቤት"),
    ("beet", "ቤት"), ("abeba", "አበባ"), ("adis abeba", "አዲስ አበባ"), ("`amet", "ዓመት"), ("se`at", "ሰዓት"),
    ("amarNa", "አማርኛ"), ("amarnya", "አማርኛ"), ("ityoPya", "ኢትዮጵያ"), ("tmhrt", "ትምህርት"),
    ("tmhrt bEt", "ትምህርት ቤት"), ("astemari", "አስተማሪ"), ("meSHef", "መጽሐፍ"), ("gWadeNa", "ጓደኛ"),
    ("lj", "ልጅ"), ("ketema", "ከተማ"), ("kfl", "ክፍል"), ("qWanqWa", "ቋንቋ"), ("amesegnalehu", "አመሰግናለሁ"),
    ("dehna", "ደህና"), ("IndEt", "እንዴት"), ("TEna yIsTlN", "ጤና ይስጥልኝ"), ("xay", "ሻይ"), ("shay", "ሻይ"),
    ("buna", "ቡና"), ("wha", "ውሃ"), ("Cew", "ጨው"), ("zarE", "ዛሬ"), ("nege", "ነገ"), ("sEt", "ሴት"),
    ("wend", "ወንድ"), ("Ibakh", "እባክህ"), ("mn", "ምን"), ("gebeya", "ገበያ"), ("mekina", "መኪና"),
    ("Hzb", "ሕዝብ"), ("`sra", "ሥራ"), ("`SeHey", "ፀሐይ"), ("tseHey", "ጸሐይ"), ("PaPas", "ጳጳስ"),
    ("jebena", "ጀበና"), ("tElEvizhn", "ቴሌቪዥን"), ("kWas", "ኳስ"), ("mWa", "ሟ"), ("lWa", "ሏ"),
    ("hisab", "ሂሳብ"), ("fidel", "ፊደል"), ("sewasw", "ሰዋስው"), ("tarik", "ታሪክ"), ("bIrr", "ብር"),
    ("brr", "ብር"), ("Tqll", "ጥቅል"), ("qen", "ቀን"), ("sam", "ሳም"), ("wer", "ወር"), ("mewCa", "መውጫ"),
    # gemination is not written in Ge'ez script
    ("alle", "አለ"), ("temarri", "ተማሪ"), ("mella", "መላ"), ("assha", "አሻ"),
    # ' keeps letters apart; '' is an apostrophe
    ("s's", "ስስ"), ("n'y", "ንይ"), ("li'e", "ሊአ"), ("ta'a", "ታአ"), ("''", "'"), ("``", "`"),
    # punctuation after Ethiopic letters only
    ("selam.", "ሰላም።"), ("selam::", "ሰላም።"), ("selam, temari;", "ሰላም፣ ተማሪ፤"), ("Cn:-", "ጭን፥"),
    ("bEt:", "ቤት፡"), ("10:30", "10:30"), ("3.5", "3.5"), ("12, 13", "12, 13"), ("selam 5.", "ሰላም 5."),
]  # fmt: skip


def test_the_table_covers_at_least_200_syllables_and_words() -> None:
    assert len(SYLLABLES) + len(WORDS) >= 200
    assert len({keys for keys, _ in SYLLABLES}) == len(SYLLABLES)


def mistakes(table: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(keys, typed, expected) for each row typed wrong."""
    return [(keys, typed, expected) for keys, expected in table if (typed := transliterate(keys)) != expected]


# one test per table (not one per row): each test pays a garbage collection in conftest
def test_each_syllable_is_typed_by_its_sera_keys() -> None:
    wrong = [
        (keys, transliterate(keys), expected)
        for keys, expected in SYLLABLES
        if transliterate(keys) != expected
    ]
    assert wrong == []


def test_words_are_typed_as_a_tutor_spells_them() -> None:
    wrong = [
        (keys, transliterate(keys), expected) for keys, expected in WORDS if transliterate(keys) != expected
    ]
    assert wrong == []


def test_typing_shows_the_syllable_being_composed_and_commits_it_when_the_next_begins() -> None:
    composer = Composer()
    steps = [composer.feed(key) for key in "selam"]
    assert steps == [
        Step("", "ስ"), Step("", "ሰ"), Step("ሰ", "ል"), Step("ላ", ""), Step("", "ም"),
    ]  # fmt: skip
    assert composer.flush() == "ም"
    assert composer.preedit() == ""


def test_a_syllable_no_key_can_change_is_final_at_once() -> None:
    composer = Composer()
    assert composer.feed("l") == Step("", "ል")
    assert composer.feed("i") == Step("", "ሊ")  # `lie` would make it ሌ
    assert composer.feed("e") == Step("ሌ", "")
    assert composer.feed(" ") == Step(" ", "")


def test_backspace_takes_back_a_pending_key_and_leaves_committed_text_to_the_box() -> None:
    composer = Composer()
    composer.feed("l")
    composer.feed("i")
    assert composer.backspace()
    assert (composer.pending, composer.preedit()) == ("l", "ል")
    assert composer.backspace()
    assert not composer.backspace()


def test_punctuation_follows_the_text_already_in_the_box() -> None:
    assert transliterate(".", before="ሰላም") == "።"
    assert transliterate(".", before="hello") == "."
    assert transliterate(",", before="") == ","
