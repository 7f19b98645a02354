"""Views: widgets, charts and HTML for the notebooks. Analysis lives outside this folder."""
