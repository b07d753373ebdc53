"""brand list / export / import and preflight from the command line."""

from __future__ import annotations

import gc
import json

from app.cli import main


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    gc.collect()  # the command's workspace (and its lock) goes away, as when the process exits
    out, err = capsys.readouterr()
    return code, out, err


def test_brand_list_export_import(capsys, workspace_dir, tmp_path):
    ws = str(workspace_dir)
    code, out, _ = _run(capsys, "brand", "list", "--workspace", ws, "--json")
    kits = json.loads(out)
    assert code == 0 and kits[0]["name"] == "Kit Utama" and kits[0]["default"] is True
    target = tmp_path / "kit saya.kilasbrand"
    code, out, _ = _run(
        capsys, "brand", "export", "Kit Utama", "--out", str(target), "--workspace", ws
    )
    assert code == 0 and target.is_file() and str(target) in out
    code, out, _ = _run(capsys, "brand", "import", str(target), "--workspace", ws, "--json")
    assert code == 0 and json.loads(out)["name"] == "Kit Utama (2)"
    bad = tmp_path / "rusak.kilasbrand"
    bad.write_text("bukan zip")
    code, _, err = _run(capsys, "--lang", "en", "brand", "import", str(bad), "--workspace", ws)
    assert code == 1 and "cannot be used" in err


def test_preflight_prints_json_findings_and_exit_code(capsys, workspace_dir):
    ws = str(workspace_dir)
    code, out, _ = _run(capsys, "new", "--title", "Layanan 112", "--workspace", ws, "--json")
    assert code == 0
    from app.services.brand import BrandService
    from app.services.context import AppContext
    from app.store.workspace import open_workspace

    workspace = open_workspace(workspace_dir)
    try:
        ctx = AppContext(workspace)
        brand = ctx.service(BrandService)
        brand.set_field(brand.ensure_default(), "caption.bottom_y_px", 1500)
    finally:
        workspace.close()
    code, out, _ = _run(capsys, "preflight", "1", "--platform", "reels", "--workspace", ws)
    findings = json.loads(out)
    assert code == 1
    caption = next(f for f in findings if f["key"] == "safe_zone:captions:0")
    assert caption["severity"] == "error" and caption["fix"] == "move_into_safe_zone"
    code, out, _ = _run(
        capsys, "preflight", "1", "--platform", "tiktok", "--fix", "--workspace", ws
    )
    findings = json.loads(out)
    assert code == 0 and all(f["severity"] == "warning" for f in findings)
