"""WSGI entry point: `gunicorn summits.wsgi`."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "summits.settings")
application = get_wsgi_application()
