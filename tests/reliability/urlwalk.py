"""Every URL the project serves, with its parameters filled in: admin pages (including
any a ModelAdmin adds through get_urls later), public pages, i18n. Tests walk them all
instead of a hand-kept list that would miss a new import view."""
import re
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver, resolve

from summits.models import Summit


@dataclass
class Endpoint:
    path: str
    name: str  # "admin:summits_summit_change", or the route when unnamed

    @property
    def is_admin(self):
        return self.path.startswith("/admin/")


def _routes(patterns, prefix="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _routes(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), f"{namespace}{pattern.name}" if pattern.name else None


def _value(name, route):
    """A plausible value for a URL parameter: a real object where the route names a model."""
    if name == "app_label":
        return "summits"
    if name == "content_type_id":
        return str(ContentType.objects.get_for_model(Summit).pk)
    if name in {"object_id", "id", "pk"}:
        model = re.search(r"admin/(\w+)/(\w+)/", route)
        if model:
            found = apps.get_model(model[1], model[2])._default_manager.order_by("pk").first()
            return str(found.pk) if found else "1"
        return str(Summit.objects.order_by("pk").first().pk) if Summit.objects.exists() else "1"
    if name == "slug":
        return Summit.objects.order_by("pk").first().slug if Summit.objects.exists() else "nothing"
    if name == "code":
        return "SG"
    return "no-such-page"


def _fill(route):
    route = route.lstrip("^").replace("$", "")
    route = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: _value(m[1], route), route)  # path() converters
    route = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: _value(m[1], route), route)  # re_path() groups
    return "/" + route.replace("\\", "")


def endpoints():
    """One concrete path per URL pattern; each checked to resolve back to its pattern."""
    found = []
    for route, name in _routes(get_resolver().url_patterns):
        path = _fill(route)
        match = resolve(path)  # raises if the filled path does not resolve: the walk must cover everything
        found.append(Endpoint(path=path, name=name or match.route))
    return found
