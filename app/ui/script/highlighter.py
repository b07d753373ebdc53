"""Glossary highlighting in the script's text fields."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.core.glossary import GlossaryMatcher


class GlossaryHighlighter(QSyntaxHighlighter):
    """Official terms get a soft blue background; a wrong letter case ("diskominfo") is
    underlined in orange so the writer can fix the spelling before subtitles use it."""

    def __init__(self, document: QTextDocument, matcher: GlossaryMatcher) -> None:
        super().__init__(document)
        self.matcher = matcher
        self.exact_format = QTextCharFormat()
        self.exact_format.setBackground(QColor("#dbeafe"))
        self.exact_format.setForeground(QColor("#1e3a8a"))
        self.wrong_case_format = QTextCharFormat()
        self.wrong_case_format.setForeground(QColor("#c2410c"))
        self.wrong_case_format.setUnderlineStyle(QTextCharFormat.WaveUnderline)
        self.wrong_case_format.setUnderlineColor(QColor("#ea580c"))
        self.wrong_case_format.setFontWeight(QFont.DemiBold)

    def set_matcher(self, matcher: GlossaryMatcher) -> None:
        self.matcher = matcher
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for match in self.matcher.find(text):
            fmt = self.exact_format if match.exact else self.wrong_case_format
            self.setFormat(match.start, match.end - match.start, fmt)
