"""Create the admin account `make run` prints, so a fresh machine can log in at once."""
import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create (or reset from DJANGO_SUPERUSER_PASSWORD) the superuser 'admin' and print its password."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("DJANGO_SUPERUSER_USERNAME", "admin"))

    def handle(self, *args, username, **options):
        User = get_user_model()
        given = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        user = User.objects.filter(username=username).first()
        if user and not given:
            self.stdout.write(
                f"Admin user '{username}' exists; its password is unchanged "
                f"(set DJANGO_SUPERUSER_PASSWORD or run `manage.py changepassword {username}`)."
            )
            return
        password = given or secrets.token_urlsafe(12)
        if user is None:
            user = User.objects.create_superuser(username=username, email="", password=password)
        else:
            user.set_password(password)
            user.save(update_fields=["password"])
        shown = "(from DJANGO_SUPERUSER_PASSWORD)" if given else password
        self.stdout.write(self.style.SUCCESS(f"Admin login: user '{username}', password {shown}"))
