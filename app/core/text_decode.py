"""Text from a file a user picked: whatever Notepad, Word, Excel or a phone wrote.

One decoder for every text Kilas reads from outside (scripts, CSV sheets, metrics, SRT):
BOMs first, then UTF-8, then UTF-16 without a BOM, then Windows-1252 (what Indonesian
offices' Word, Notepad and Excel write). A file that is not text at all (a Word document,
a PDF, a picture) is refused with a message that says what it is and what to do, so no
garbage is ever stored as a script.
"""

from __future__ import annotations

from app.core.errors import KilasError

# What binary files users pick by mistake start with, and how to say what they are.
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"PK\x03\x04", "dokumen Word/Excel atau arsip zip", "a Word/Excel document or a zip archive"),
    (b"%PDF", "dokumen PDF", "a PDF document"),
    (
        b"\xd0\xcf\x11\xe0",
        "dokumen Word/Excel lama (.doc/.xls)",
        "an old Word/Excel document (.doc/.xls)",
    ),
    (b"{\\rtf", "dokumen RTF", "an RTF document"),
    (b"\x89PNG", "gambar PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "gambar JPEG", "a JPEG picture"),
    (b"GIF8", "gambar GIF", "a GIF picture"),
    (b"MZ", "program Windows", "a Windows program"),
    (b"\x7fELF", "program", "a program"),
    (b"ID3", "berkas suara", "a sound file"),
    (b"OggS", "berkas suara", "a sound file"),
    (b"RIFF", "berkas suara atau video", "a sound or video file"),
)
_CONTROL_SHARE_MAX = 0.01  # share of control characters (besides tab/newline) in real text


# Encodings as users' programs name them (Notepad and Excel say "Windows-1252").
_NAMES = {
    "cp1252": "windows-1252",
    "latin_1": "iso-8859-1",
    "utf_16_le": "utf-16-le",
    "utf_16_be": "utf-16-be",
}


class NotText(KilasError):
    pass


def _refuse(name: str, what_id: str, what_en: str) -> NotText:
    label = f"{name} " if name else ""
    return NotText(
        f"Berkas {label}bukan teks biasa ({what_id}). Simpan sebagai teks (.txt, di Word: "
        "Simpan Sebagai → Teks Biasa) atau salin lalu tempel isinya. Tidak ada yang diubah.",
        f"The file {label}is not plain text ({what_en}). Save it as text (.txt; in Word: "
        "Save As → Plain Text) or copy and paste its content. Nothing was changed.",
    )


def decode_text(data: bytes, name: str = "") -> str:
    """The text in `data`, or NotText when the bytes are not a text file."""
    return decode_text_and_encoding(data, name)[0]


def decode_text_and_encoding(data: bytes, name: str = "") -> tuple[str, str]:
    """(text, the encoding it was in), or NotText when the bytes are not a text file."""
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = data.decode("utf-16", errors="replace"), "utf-16"
    else:
        for signature, what_id, what_en in _SIGNATURES:
            if data.startswith(signature):
                raise _refuse(name, what_id, what_en)
        text, encoding = _decode_without_bom(data)
    if _looks_binary(text):
        raise _refuse(name, "berisi data biner", "it holds binary data")
    return text, encoding


def _decode_without_bom(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # UTF-16 without a BOM shows up as many NUL bytes; otherwise Windows-1252.
    if data.count(b"\x00") > len(data) // 4:
        candidates = ["utf_16_le", "utf_16_be"]
    else:
        candidates = ["cp1252", "latin_1", "iso8859_15"]
    best = from_bytes(data, cp_isolation=candidates).best()
    if best is None:
        return data.decode(candidates[0], errors="replace"), _NAMES.get(
            candidates[0], candidates[0]
        )
    return str(best), _NAMES.get(best.encoding, best.encoding)


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    if not text:
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls > max(2, len(text) * _CONTROL_SHARE_MAX)
