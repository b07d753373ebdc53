"""What a user can read on a widget tree, and the words of each UI language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QToolBar,
    QTreeWidget,
    QWidget,
)

WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")
MARKUP = re.compile(r"<[^>]+>|&[a-z]+;")
# Words both languages use (names, loanwords, terms the UI keeps in both).
SHARED = {
    "kilas",
    "storyboard",
    "render",
    "subtitle",
    "brand",
    "kit",
    "tiktok",
    "reels",
    "shorts",
    "whatsapp",
    "status",
    "platform",
    "preset",
    "draft",
    "final",
    "srt",
    "ass",
    "pdf",
    "csv",
    "ics",
    "xlsx",
    "docx",
    "zip",
    "mp4",
    "png",
    "svg",
    "logo",
    "video",
    "audio",
    "shot",
    "shots",
    "ffmpeg",
    "whisper",
    "online",
    "offline",
    "karaoke",
    "lower",
    "third",
    "end",
    "card",
    "tutorial",
    "sans",
    "serif",
    "inter",
    "noto",
    "hashtag",
    "caption",
    "captions",
    "ctrl",
    "shift",
    "tiny",
    "base",
    "small",
    "medium",
    "large",
    "return",
    "left",
    "right",
    "down",
    "delete",
    "angle",
    "high",
    "low",
    "alt",
    "del",
    "tab",
    "esc",
    "enter",
    "space",
    "pgup",
    "pgdown",
    "home",
    "emoji",
}


def catalogue_words(ts_path: Path) -> tuple[set[str], set[str]]:
    """(Indonesian-only words, English-only words) from the translation file."""
    root = ET.parse(ts_path).getroot()
    source_words: set[str] = set()
    target_words: set[str] = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        target = message.findtext("translation") or ""
        source_words |= {w.lower() for w in WORD.findall(MARKUP.sub(" ", source))}
        target_words |= {w.lower() for w in WORD.findall(MARKUP.sub(" ", target))}
    both = source_words & target_words
    return source_words - both - SHARED, target_words - both - SHARED


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can read in `root` and its visible children."""
    out: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        if text and text.strip():
            out.append((f"{type(widget).__name__}:{widget.objectName()}", text))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        add(w, w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            add(w, w.text())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            add(w, w.placeholderText())
        elif isinstance(w, QGroupBox):
            add(w, w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, w.tabText(i))
        elif isinstance(w, QTableWidget):
            for i in range(w.columnCount()):
                item = w.horizontalHeaderItem(i)
                add(w, item.text() if item else "")
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            for i in range(w.columnCount()):
                add(w, header.text(i))
        elif isinstance(w, QToolBar):
            for action in w.actions():
                add(w, action.text())
                add(w, action.toolTip())
    return out


def words_from(texts: list[tuple[str, str]], vocabulary: set[str]) -> list[tuple[str, str, str]]:
    """(where, word, text) for each text that shows a word of `vocabulary`."""
    found = []
    for where, text in texts:
        for word in WORD.findall(MARKUP.sub(" ", text)):
            if word.lower() in vocabulary:
                found.append((where, word, text[:80]))
                break
    return found
