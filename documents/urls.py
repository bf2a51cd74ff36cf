from django.urls import path

from . import packet_views, views

urlpatterns = [
    path("cases/<int:pk>/documents/", views.upload, name="document_upload"),
    path("documents/<int:pk>/", views.document_detail, name="document_detail"),
    path("documents/<int:pk>/status/", views.document_status, name="document_status"),
    path("documents/<int:pk>/correct/", views.document_correct, name="document_correct"),
    path("documents/<int:pk>/supplier/", views.document_supplier, name="document_supplier"),
    path(
        "documents/<int:pk>/supplier/new/",
        views.document_supplier_create,
        name="document_supplier_create",
    ),
    path("documents/<int:pk>/retry/", views.document_retry, name="document_retry"),
    path("documents/<int:pk>/accept/", views.document_accept_signal, name="document_accept"),
    path("documents/<int:pk>/remove/", views.document_remove, name="document_remove"),
    path("documents/<int:pk>/original/", views.document_download, name="document_download"),
    path("documents/<int:pk>/preview.png", views.document_preview, name="document_preview"),
    path("cases/<int:pk>/packets/", packet_views.packet_render, name="packet_render"),
    path("cases/<int:pk>/review/", packet_views.case_review, name="case_review"),
    path("cases/<int:pk>/review/compare/", packet_views.packet_compare, name="packet_compare"),
    path("cases/<int:pk>/answer/", packet_views.case_answer, name="case_answer"),
    path("packets/<int:pk>/status/", packet_views.packet_status, name="packet_status"),
    path("packets/<int:pk>/packet.pdf", packet_views.packet_pdf, name="packet_pdf"),
    path("packets/<int:pk>/submission-set.zip", packet_views.packet_zip, name="packet_zip"),
    path("review/", packet_views.review_queue, name="review_queue"),
    path("suppliers/", views.supplier_list, name="supplier_list"),
    path("suppliers/new/", views.supplier_edit, name="supplier_create"),
    path("suppliers/<int:pk>/", views.supplier_edit, name="supplier_edit"),
]
