from django.contrib import admin
from django.urls import include, path

from . import feeds, views

public = (
    [
        path("", views.schedule, name="schedule"),
        path("schedule.ics", feeds.schedule_ics, name="schedule_ics"),
        path("schedule.json", feeds.schedule_json, name="schedule_json"),
        path("summits/<slug:slug>/", views.summit_detail, name="summit"),
        path("people/<slug:slug>/", views.person_detail, name="person"),
        path("documents/<slug:slug>/", views.document_detail, name="document"),
        path("organisations/<slug:slug>/", views.organisation_detail, name="organisation"),
        path("countries/<str:code>/", views.country_detail, name="country"),
    ],
    "summits",
)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include(public)),
]
