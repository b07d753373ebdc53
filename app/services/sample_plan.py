"""Calendar, ideas, posting targets and metrics for the sample workspace (first launch).

Called by app.services.sample.build_sample with the sample's project ids, in the order of
assets/sample/projects.json: published, in review, storyboard.
"""

from __future__ import annotations

from datetime import timedelta

from app.core import cadence
from app.services.calendar import CalendarService
from app.services.context import AppContext
from app.services.ideas import IdeaService
from app.services.metrics import MetricsService, MetricValues

SAMPLE_IDEAS: tuple[tuple[str, str, int, str], ...] = (
    (
        "Cara melapor jalan rusak lewat LAPOR!",
        "Aduan LAPOR!",
        1,
        "23 aduan jalan rusak bulan ini; warga belum tahu bisa melampirkan foto dan lokasi.",
    ),
    (
        "Layanan SIM keliling bulan Desember: jadwal dan syarat",
        "Kalender layanan",
        1,
        "Jadwal dari Satlantas; tayang seminggu sebelum layanan dimulai.",
    ),
    (
        "Apakah menelepon 112 gratis? (tanya jawab)",
        "Media sosial (komentar/DM)",
        2,
        "Pertanyaan paling sering di komentar video 112 pertama.",
    ),
    (
        "Hari Ibu: kisah operator perempuan Call Center 112",
        "Hari besar nasional",
        3,
        "22 Desember. Perlu izin wawancara.",
    ),
)

SAMPLE_TARGETS: dict[str, tuple[int, list[dict]]] = {
    "tiktok": (
        3,
        [
            {"weekday": 0, "time": "19:00"},
            {"weekday": 2, "time": "19:00"},
            {"weekday": 4, "time": "19:00"},
        ],
    ),
    "reels": (2, [{"weekday": 1, "time": "12:00"}, {"weekday": 3, "time": "12:00"}]),
    "shorts": (1, [{"weekday": 5, "time": "10:00"}]),
}


def add_plan_sample(ctx: AppContext, project_ids: list[int]) -> None:
    """Planned dates, ideas, posting targets and one published video with its numbers."""
    cal = ctx.service(CalendarService)
    for platform, (per_week, slots) in SAMPLE_TARGETS.items():
        cal.set_target(platform, per_week, cadence.parse_slots(slots))
    ideas = ctx.service(IdeaService)
    for title, source, priority, notes in SAMPLE_IDEAS:
        ideas.create(title, source, priority, notes)
    if not project_ids:
        return
    today = cal.now_local().date()
    published = project_ids[0]
    # The published video: out on TikTok and Reels 12 and 11 days ago, with numbers.
    posted = {
        "tiktok": cal.snapped_time("tiktok", today - timedelta(days=12)),
        "reels": cal.snapped_time("reels", today - timedelta(days=11)),
    }
    links = {
        "tiktok": "https://www.tiktok.com/@humas.contoh/video/7300000000000000112",
        "reels": "https://www.instagram.com/reel/C0ntoh112/",
    }
    for platform, when in posted.items():
        cal.plan(published, platform, when)
        cal.mark_published(published, platform, when, links[platform])
    metrics = ctx.service(MetricsService)
    metrics.record(
        published, "tiktok", MetricValues(posted["tiktok"], 12480, 936, 87, 214, 158, 21.4, 46)
    )
    metrics.record(
        published, "reels", MetricValues(posted["reels"], 5310, 402, 35, 61, 97, 18.9, 22)
    )
    # The video in review is due in two days (the cadence panel warns), the storyboard later.
    if len(project_ids) > 1:
        cal.plan(project_ids[1], "tiktok", today + timedelta(days=2))
        cal.plan(project_ids[1], "reels", today + timedelta(days=3))
    if len(project_ids) > 2:
        cal.plan(project_ids[2], "tiktok", today + timedelta(days=9))
        cal.plan(project_ids[2], "shorts", today + timedelta(days=12))
