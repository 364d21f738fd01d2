"""The app's data files: fonts, icons, rule files, translations and the common-passwords list, each with its
licence.

This folder sits at the top of the repository and is installed as the package ``contractor_app.resources``
(pyproject.toml maps it; the frozen app copies it there), so code finds a file the same way in a checkout, an
editable install, a wheel and the frozen app: ``importlib.resources.files("contractor_app.resources")``.
"""
