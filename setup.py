"""The package list for setuptools, which pyproject.toml cannot give: every package under contractor_app/ (found as
[tool.setuptools.packages.find] would), plus the top-level resources/ folder, installed as contractor_app.resources
(pyproject.toml's package-dir maps it, its package-data takes every file in it). Everything else is in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

setup(packages=[*find_namespace_packages(include=["contractor_app*"]), "contractor_app.resources"])
