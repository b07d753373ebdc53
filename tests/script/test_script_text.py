"""The plain-text script format: what a writer types or pastes becomes shots, and back."""

from app.core.glossary import GlossaryMatcher, correct_spelling
from app.core.script_text import SceneDraft, ScriptDoc, ShotDraft, export_script, parse_script
from app.core.timing import count_words

SAMPLE = """JUDUL: Cara Menghubungi Call Center 112
SERI: Layanan Darurat

# Masalah
## Shot 1 | CU | 5 dtk
VISUAL: Warga tampak cemas memegang ponsel.
TEKS: Bingung saat darurat?
Pernah bingung harus menghubungi siapa saat keadaan darurat?

# Langkah
## Shot 2 | insert | 6 detik
LOKASI: Kantor Diskominfo
TEKS: 1. Buka aplikasi telepon
TEKS: (gratis)
Langkah pertama, buka aplikasi telepon.
Lalu tekan 112.
"""


def test_markers_split_scenes_shots_and_tell_narration_from_on_screen_text():
    doc = parse_script(SAMPLE)
    assert doc.title == "Cara Menghubungi Call Center 112"
    assert doc.series == "Layanan Darurat"
    assert [sc.title for sc in doc.scenes] == ["Masalah", "Langkah"]
    first, second = doc.shots
    assert first.shot_type == "close_up" and first.target_duration_s == 5
    assert first.on_screen_text == "Bingung saat darurat?"
    assert first.narration == "Pernah bingung harus menghubungi siapa saat keadaan darurat?"
    assert second.location == "Kantor Diskominfo"
    assert second.on_screen_text == "1. Buka aplikasi telepon\n(gratis)"
    assert second.narration == "Langkah pertama, buka aplikasi telepon.\nLalu tekan 112."
    assert second.target_duration_s == 6


def test_export_then_import_keeps_shots_and_words():
    doc = ScriptDoc(
        title="Judul",
        scenes=[
            SceneDraft(None, [ShotDraft(narration="Tanpa adegan.")]),
            SceneDraft(
                "Pembuka",
                [
                    ShotDraft(
                        narration="# bukan adegan\nTEKS: ini narasi, bukan teks layar",
                        on_screen_text="Baris 1\nBaris 2",
                        target_duration_s=4.5,
                    ),
                    ShotDraft(
                        narration="ADEGAN ini tetap narasi.\n\nParagraf kedua.", shot_type="wide"
                    ),
                    ShotDraft(narration="", visual_notes="Hanya gambar"),
                ],
            ),
        ],
    )
    again = parse_script(export_script(doc))
    assert len(again.shots) == len(doc.shots)
    for a, b in zip(doc.shots, again.shots, strict=True):
        assert a.narration.split() == b.narration.split()
        assert a.on_screen_text == b.on_screen_text
        assert a.target_duration_s == b.target_duration_s
        assert a.shot_type == b.shot_type
    assert [sc.title for sc in again.scenes] == [None, "Pembuka"]


def test_prose_pasted_from_word_splits_into_paragraph_shots():
    text = "Paragraf satu\r\nmasih satu.\r\n\r\n\u00a0\r\nParagraf dua.\r\n\r\nParagraf tiga."
    doc = parse_script(text)
    assert [s.narration for s in doc.shots] == [
        "Paragraf satu\nmasih satu.",
        "Paragraf dua.",
        "Paragraf tiga.",
    ]


def test_capitalised_keywords_as_typed_in_word():
    doc = parse_script("ADEGAN 1: Pembuka\nSHOT 1 - close up 5 detik\nTEKS: Halo\nSelamat pagi.")
    assert doc.scenes[0].title == "Pembuka"
    assert doc.shots[0].shot_type == "close_up" and doc.shots[0].target_duration_s == 5
    assert doc.shots[0].narration == "Selamat pagi."


def test_empty_script_has_no_shots():
    assert parse_script("").shots == []
    assert parse_script("\n\n   \n").shots == []


def test_large_paste_parses_every_word():
    text = "\n\n".join("kata " * 50 for _ in range(200))  # 10 000 words
    doc = parse_script(text)
    assert sum(count_words(s.narration) for s in doc.shots) == 10_000


def test_glossary_matches_longest_term_and_flags_wrong_case():
    m = GlossaryMatcher(["Call Center", "Call Center 112", "Diskominfo"])
    found = m.find("Hubungi call center 112 atau Diskominfo.")
    assert [(f.term, f.exact) for f in found] == [("Call Center 112", False), ("Diskominfo", True)]
    assert correct_spelling("info dari diskominfo", ["Diskominfo"]) == "info dari Diskominfo"
    assert GlossaryMatcher([]).find("apa saja") == []


def test_diff_reports_word_changes_moves_and_snapshots_without_ids():
    from app.core.script_diff import describe_change_id, diff_scripts

    before = {"shots": [{"id": 1, "narration": "a b c"}, {"id": 2, "narration": "x"}, {"id": 3}]}
    after = {"shots": [{"id": 2, "narration": "x"}, {"id": 1, "narration": "a B c"}, {"id": 4}]}
    kinds = {c.shot_id: c.kind for c in diff_scripts(before, after).changes}
    assert kinds == {1: "changed", 4: "added", 3: "removed"} or kinds[2] == "moved"
    changed = next(c for c in diff_scripts(before, after).changes if c.kind == "changed")
    assert changed.fields[0].words_removed == ("b",) and changed.fields[0].words_added == ("B",)
    assert "− b + B" in describe_change_id(changed)
    legacy = {"shots": [{"narration": "satu"}, {"narration": "dua"}]}
    now = {"shots": [{"id": 7, "narration": "satu"}, {"id": 8, "narration": "dua!"}]}
    (only,) = diff_scripts(legacy, now).changes
    assert only.kind == "changed" and only.number_after == 2


def test_four_indonesian_templates_found_by_name_or_title():
    from app.resources.templates import load_templates

    templates = load_templates()
    assert {"tutorial-layanan-publik", "liputan-kegiatan", "imbauan-psa", "fakta-angka"} <= set(
        templates
    )
    assert templates.get("Imbauan / PSA").name == "imbauan-psa"
    assert templates.get("fakta & angka").name == "fakta-angka"
    assert templates.get("liputan kegiatan").name == "liputan-kegiatan"
    assert templates.get("tidak ada") is None
    for tpl in templates.values():
        assert tpl.scenes and all(sc.shots for sc in tpl.scenes)


def test_numbered_scene_and_shot_words_in_any_case_but_not_prose():
    text = "Adegan 1: Pembuka\nShot 1 | wide\nAdegan ini diambil pagi hari.\nShot2\nShotnya bagus."
    doc = parse_script(text)
    assert [sc.title for sc in doc.scenes] == ["Pembuka"]
    assert [s.narration for s in doc.shots] == ["Adegan ini diambil pagi hari.", "Shotnya bagus."]
    assert doc.shots[0].shot_type == "wide"
    again = parse_script(
        export_script(
            ScriptDoc(
                scenes=[SceneDraft("X", [ShotDraft(narration="Shot 5 dimulai.\nAdegan 2 juga.")])]
            )
        )
    )
    assert again.shots[0].narration == "Shot 5 dimulai.\nAdegan 2 juga."


def test_word_style_labels_and_bullets():
    text = (
        "## Shot 1\n"
        "Narasi (VO): Warga bisa mendaftar daring.\n"
        "Teks di layar: Daftar online\n"
        "• Bawa KTP asli\n"
        "Catatan: ini tetap narasi\n"
    )
    shot = parse_script(text).shots[0]
    assert shot.on_screen_text == "Daftar online"
    assert (
        shot.narration == "Warga bisa mendaftar daring.\nBawa KTP asli\nCatatan: ini tetap narasi"
    )
    again = parse_script(export_script(parse_script(text))).shots[0]
    assert again.narration == shot.narration
