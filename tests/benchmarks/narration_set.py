"""A narration that departs from its script in known ways, and word error rate by part.

The subtitle benchmark's reference is what was *said*, not the script: the narrator skips
two sentences, adds three of their own and says several names and words differently
("Dinas Kominfo" for the script's "Diskominfo", "kelurahan" for "kecamatan", "Sabtu" for
"Jumat", "Hendrar" for "Hendi"). Each spoken part is labelled, so errors can be counted on
the script-following parts and on the made-up parts separately: correction must help on
the first and must never make the second worse.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.align import normalise, script_words

SCRIPT = (
    "Selamat pagi warga Kota Semarang. Diskominfo Kota Semarang mengingatkan, "
    "layanan darurat 112 kini bisa dihubungi gratis selama dua puluh empat jam. "
    "Nomor 112 melayani kebakaran, kecelakaan, bencana, dan keadaan darurat kesehatan. "
    "Petugas di ruang kendali akan meneruskan laporan Anda ke pemadam kebakaran, "
    "ambulans, atau kepolisian terdekat. Jangan gunakan nomor 112 untuk panggilan iseng, "
    "karena satu panggilan palsu dapat menunda pertolongan bagi warga yang benar-benar "
    "membutuhkan. Selain itu, perekaman e-KTP kini dapat dilakukan di setiap kecamatan "
    "tanpa antre panjang. Bawa kartu keluarga dan datang pada jam kerja, Senin sampai Jumat. "
    "Untuk informasi lebih lanjut, kunjungi akun resmi Diskominfo Kota Semarang "
    "atau hubungi Disdukcapil melalui aplikasi Lapor Hendi. Mari bersama menjaga "
    "Semarang tetap aman, sehat, dan tertib. Terima kasih."
)
GLOSSARY = ["Diskominfo", "Disdukcapil", "e-KTP", "Kota Semarang", "Lapor Hendi", "112"]

SCRIPT_PART = "script"  # said as written
ADDED = "added"  # a sentence the narrator added
CHANGED = "changed"  # said differently from the script (the script's words are not said)
MADE_UP = (ADDED, CHANGED)


@dataclass(frozen=True)
class Part:
    kind: str
    text: str
    script_text: str = ""  # for CHANGED: what the script has there


# What the narrator said, in order. Skipped: "Petugas di ruang kendali …" and "Mari bersama
# menjaga Semarang …".
SPOKEN: tuple[Part, ...] = (
    Part(SCRIPT_PART, "Selamat pagi warga Kota Semarang."),
    Part(ADDED, "Apa kabar semuanya? Semoga sehat selalu."),
    Part(CHANGED, "Dinas Kominfo", "Diskominfo"),
    Part(
        SCRIPT_PART,
        "Kota Semarang mengingatkan, layanan darurat 112 kini bisa dihubungi gratis selama "
        "dua puluh empat jam. Nomor 112 melayani kebakaran, kecelakaan, bencana, dan keadaan "
        "darurat kesehatan.",
    ),
    Part(
        SCRIPT_PART,
        "Jangan gunakan nomor 112 untuk panggilan iseng, karena satu panggilan palsu dapat "
        "menunda pertolongan bagi warga yang benar-benar membutuhkan.",
    ),
    Part(ADDED, "Ingat, setiap panggilan tercatat dan bisa dilacak oleh petugas."),
    Part(SCRIPT_PART, "Selain itu, perekaman e-KTP kini dapat dilakukan di setiap"),
    Part(CHANGED, "kelurahan", "kecamatan"),
    Part(
        SCRIPT_PART,
        "tanpa antre panjang. Bawa kartu keluarga dan datang pada jam kerja, Senin sampai",
    ),
    Part(CHANGED, "Sabtu siang.", "Jumat."),
    Part(SCRIPT_PART, "Untuk informasi lebih lanjut, kunjungi akun resmi"),
    Part(CHANGED, "Dinas Kominfo", "Diskominfo Kota"),
    Part(SCRIPT_PART, "Semarang atau hubungi"),
    Part(CHANGED, "Dinas Kependudukan dan Catatan Sipil", "Disdukcapil"),
    Part(SCRIPT_PART, "melalui aplikasi Lapor"),
    Part(CHANGED, "Hendrar.", "Hendi."),
    Part(ADDED, "Sampai jumpa pekan depan."),
    Part(SCRIPT_PART, "Terima kasih."),
)


def spoken_text(parts: Sequence[Part] = SPOKEN) -> str:
    return " ".join(p.text for p in parts)


def labelled_reference(parts: Sequence[Part] = SPOKEN) -> list[tuple[str, str]]:
    """(normalised word, kind) for every word said."""
    return [(normalise(w), p.kind) for p in parts for w in script_words(p.text)]


@dataclass(frozen=True)
class PartErrors:
    """Edit operations against the reference, split by the kind of speech they fall on."""

    words: dict[str, int]  # reference words per kind
    errors: dict[str, int]  # substitutions + deletions + insertions per kind

    def wer(self, kinds: Sequence[str] | None = None) -> float:
        kinds = list(kinds or self.words)
        n = sum(self.words.get(k, 0) for k in kinds)
        return sum(self.errors.get(k, 0) for k in kinds) / n if n else 0.0


def errors_by_part(reference: Sequence[tuple[str, str]], hypothesis: str) -> PartErrors:
    """Levenshtein alignment of `hypothesis` to the labelled reference. A substitution or
    deletion counts against its reference word's kind; an inserted word counts against the
    made-up kind when a neighbouring reference word is made up (an ad-lib's edges are where
    a correction would push script words in), else against the script."""
    ref = [w for w, _ in reference]
    kinds = [k for _, k in reference]
    hyp = [normalise(t) for t in script_words(hypothesis)]
    n, m = len(ref), len(hyp)
    cost = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        cost[i][0] = i
    for j in range(m + 1):
        cost[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            sub = cost[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1])
            cost[i][j] = min(sub, cost[i - 1][j] + 1, cost[i][j - 1] + 1)
    words: dict[str, int] = {}
    for k in kinds:
        words[_bucket(k)] = words.get(_bucket(k), 0) + 1
    errors = dict.fromkeys(words, 0)

    def charge(kind: str) -> None:
        errors[kind] = errors.get(kind, 0) + 1

    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and cost[i][j] == cost[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1]):
            if ref[i - 1] != hyp[j - 1]:
                charge(_bucket(kinds[i - 1]))
            i, j = i - 1, j - 1
        elif i > 0 and cost[i][j] == cost[i - 1][j] + 1:
            charge(_bucket(kinds[i - 1]))  # deletion
            i -= 1
        else:  # insertion between reference words i-1 and i
            around = [kinds[x] for x in (i - 1, i) if 0 <= x < n]
            charge("made_up" if any(k in MADE_UP for k in around) else SCRIPT_PART)
            j -= 1
    return PartErrors(words, errors)


def _bucket(kind: str) -> str:
    return "made_up" if kind in MADE_UP else SCRIPT_PART
