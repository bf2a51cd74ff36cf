"""The demo appeal: a realistic notice, its Plan of Action and its evidence (seed_demo)."""

NOTICE = """Hello,

We are contacting you because your Amazon selling privileges have been deactivated.

Why is this happening?
Your account has an Order Defect Rate above our target of 1%, driven by negative customer
feedback, and a number of orders were not delivered to customers.

How do I reactivate my account?
To reactivate your account, send us a plan of action that addresses the root cause, the
actions you have taken, and the steps you will take to prevent the issue. Please also
provide invoices from your supplier covering the last 365 days for the ASINs below.
You may appeal within 17 days.

ASIN: B0LUMINA01
ASIN: B0ALOEPU02

Sincerely,
Seller Performance Team
Amazon.com
http://www.amazon.com
"""

PLAN = [
    {
        "reason": "order_defect_rate",
        "root_cause": (
            "Our order defect rate reached 1.6 % in September because 14 orders received "
            "A-to-z claims: a carrier change delayed 180 parcels by five to nine days."
        ),
        "actions_taken": (
            "We refunded all 14 claims within 24 hours, returned to our former carrier on "
            "1 October and re-shipped the 22 delayed orders still in transit."
        ),
        "preventive_measures": (
            "Each morning a named employee checks the carrier's late-scan report; any parcel "
            "without a scan for 48 hours is re-shipped. We review the order defect rate every "
            "Monday and act when it passes 0.7 %."
        ),
    },
    {
        "reason": "negative_feedback",
        "root_cause": (
            "Nine customers left negative feedback about late delivery of the same delayed "
            "September orders."
        ),
        "actions_taken": (
            "We contacted the nine customers, refunded their shipping costs and answered "
            "each review publicly with the facts."
        ),
        "preventive_measures": (
            "Customer messages are answered within 12 hours, seven days a week, and every "
            "feedback under four stars is reviewed the same day by the operations manager."
        ),
    },
    {
        "reason": "undelivered_orders",
        "root_cause": (
            "Six orders were lost by the new carrier between its Reno hub and the customers."
        ),
        "actions_taken": (
            "We filed claims with the carrier, refunded the six customers in full and removed "
            "that carrier from our shipping settings."
        ),
        "preventive_measures": (
            "All orders now ship with tracking and signature above 50 USD, through one of two "
            "carriers whose delivery rate we audit every month."
        ),
    },
]
