"""What pyproject.toml cannot say: templates/ and assets/ stay at the top of the repository
(data, no code) and ship inside the package as app/_bundled/templates and
app/_bundled/assets, where app/resources finds them. Everything else is in pyproject.toml."""

from setuptools import find_namespace_packages, setup

# Package name inside the wheel -> folder of the repository.
BUNDLED = {
    "app._bundled.templates": "templates",
    "app._bundled.assets.fonts": "assets/fonts",
    "app._bundled.assets.icons": "assets/icons",
    "app._bundled.assets.sample": "assets/sample",
}

setup(
    # Namespace discovery, as pyproject's default: app/ui/translations has no __init__.py.
    packages=[
        *find_namespace_packages(include=["app", "app.*"], exclude=["*.__pycache__"]),
        *BUNDLED,
    ],
    package_dir=BUNDLED,
    package_data={
        **{name: ["**/*"] for name in BUNDLED},
        # Qt catalogues and Alembic's templates, read as files at run time.
        "app.ui.translations": ["*.qm"],
        "app.store.migrations": ["*.mako"],
    },
)
