"""PDF reports (reportlab) built from read models that the services produce."""
