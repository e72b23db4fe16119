"""The governance audit UI (server-rendered Jinja2 pages, SVG charts, no front-end build)."""
