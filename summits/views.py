"""Public pages. Placeholder bodies until the schedule issue (#5) lands its views."""
from django.shortcuts import get_object_or_404, render

from .models import Document, Organisation, Participant, Summit


def schedule(request):
    summits = Summit.objects.select_related("organisation").order_by("start")
    return render(request, "summits/schedule.html", {"summits": summits})


def summit_detail(request, slug):
    return render(request, "summits/object.html", {"object": get_object_or_404(Summit, slug=slug)})


def person_detail(request, slug):
    return render(request, "summits/object.html", {"object": get_object_or_404(Participant, slug=slug)})


def document_detail(request, slug):
    return render(request, "summits/object.html", {"object": get_object_or_404(Document, slug=slug)})


def organisation_detail(request, slug):
    return render(request, "summits/object.html", {"object": get_object_or_404(Organisation, slug=slug)})


def country_detail(request, code):
    summits = Summit.objects.filter(countries__country=code.upper()).distinct()
    return render(request, "summits/schedule.html", {"summits": summits})
