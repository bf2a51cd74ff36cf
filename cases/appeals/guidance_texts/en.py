"""English guidance and outlines. Each outline line is "- Label: [placeholder]": the person
replaces the placeholder with their own facts; an untouched outline counts as empty."""

GUIDANCE = {
    "order_defect_rate": {
        "guidance": (
            "The order defect rate counts orders with negative feedback, an A-to-z Guarantee "
            "claim or a chargeback; Amazon's target is under 1%. Say which of the three drove "
            "your rate, with numbers, and answer each one as a cause of its own."
        ),
        "root_cause": (
            "- Rate and period: [ODR in %, and the dates it covers]\n"
            "- Defects counted: [number of negative feedback, A-to-z claims and chargebacks]\n"
            "- What went wrong in our process: [the cause you found, e.g. missed pickups]\n"
            "- Why we did not catch it: [the check that was missing]"
        ),
        "actions_taken": (
            "- Buyers affected: [refunds or replacements, with dates]\n"
            "- Process fixed: [what you changed, with the date]\n"
            "- Open orders reviewed: [how many, and what you found]"
        ),
        "preventive_measures": (
            "- Regular check: [what is checked, by whom, how often]\n"
            "- Alert threshold: [e.g. ODR above 0.5% on the Account Health page]\n"
            "- Suppliers, carriers or staff: [what changes, from which date]"
        ),
    },
    "late_shipment_rate": {
        "guidance": (
            "The late shipment rate counts orders confirmed as shipped after their expected "
            "ship date; the target is under 4%. Explain what delayed dispatch (stock, staff, "
            "carrier pickups, handling time settings) and give the figures."
        ),
        "root_cause": (
            "- Rate and period: [rate in %, and the dates]\n"
            "- Orders shipped late: [number, and by how many days]\n"
            "- Cause: [e.g. handling time shorter than our real dispatch time]\n"
            "- Why it was not caught: [the check that was missing]"
        ),
        "actions_taken": (
            "- Handling time: [the setting before and after]\n"
            "- Pending orders: [how many were shipped, and when]\n"
            "- Stock or staffing: [what changed, with dates]"
        ),
        "preventive_measures": (
            "- Dispatch check: [who confirms shipments, at what time each day]\n"
            "- Busy periods: [how you plan for them, e.g. extra staff from a given date]\n"
            "- Monitoring: [which report is read, how often, and the alert threshold]"
        ),
    },
    "cancellation_rate": {
        "guidance": (
            "The pre-fulfillment cancel rate counts orders you cancelled before shipping, "
            "mostly for lack of stock; the target is under 2.5%. Show why the stock shown on "
            "Amazon was wrong and how it is kept right now."
        ),
        "root_cause": (
            "- Rate and period: [rate in %, and the dates]\n"
            "- Orders cancelled: [number, and the reason for each group]\n"
            "- Cause: [e.g. stock not synchronised between two sales channels]"
        ),
        "actions_taken": (
            "- Inventory corrected: [SKUs, and the date]\n"
            "- Listings paused: [which ones, until when]\n"
            "- Buyers: [what they were told or offered]"
        ),
        "preventive_measures": (
            "- Stock synchronisation: [tool or method, and how often it runs]\n"
            "- Safety stock: [units held back per SKU]\n"
            "- Monitoring: [who checks cancellations, how often]"
        ),
    },
    "valid_tracking_rate": {
        "guidance": (
            "The valid tracking rate is the share of shipments with a tracking number the "
            "carrier recognises; the target is over 95%. Show where tracking went missing or "
            "wrong: the carrier, the service, or the way numbers are entered."
        ),
        "root_cause": (
            "- Rate and period: [rate in %, and the dates]\n"
            "- Shipments without valid tracking: [number, carrier and service]\n"
            "- Cause: [e.g. tracking numbers typed by hand]"
        ),
        "actions_taken": (
            "- Tracking corrected: [how many shipments, and the date]\n"
            "- Carrier or service: [what changed]\n"
            "- Entry method: [e.g. automatic upload from the carrier's system]"
        ),
        "preventive_measures": (
            "- Check before confirming shipment: [who checks, and how]\n"
            "- Untracked services: [which ones are no longer used]\n"
            "- Monitoring: [which report is read, how often]"
        ),
    },
    "negative_feedback": {
        "guidance": (
            "Negative feedback counts toward the order defect rate. Read every comment, group "
            "them by what buyers reported, and give the cause behind each group. Describe what "
            "you changed rather than disputing what buyers wrote."
        ),
        "root_cause": (
            "- Feedback received: [number, period and ratings]\n"
            "- What buyers reported: [main themes, with the number for each]\n"
            "- Cause in our process: [e.g. photos that did not show the real size]"
        ),
        "actions_taken": (
            "- Buyers contacted: [how many, and what was offered]\n"
            "- Listings corrected: [ASINs, and what changed]\n"
            "- Products: [units withdrawn or inspected]"
        ),
        "preventive_measures": (
            "- Feedback review: [who reads new feedback, how often, and what follows]\n"
            "- Listing check: [how listings are compared with the product]\n"
            "- Quality check: [what is inspected before shipping]"
        ),
    },
    "undelivered_orders": {
        "guidance": (
            "Orders that never reach the buyer lead to claims and negative feedback. Find "
            "where parcels were lost (carrier, service, address errors, packaging) and back it "
            "with the carrier's tracking or investigation."
        ),
        "root_cause": (
            "- Orders affected: [number, period, carrier and service]\n"
            "- Where they were lost: [what the carrier's tracking or investigation shows]\n"
            "- Cause in our process: [e.g. no follow-up of parcels without a delivery scan]"
        ),
        "actions_taken": (
            "- Buyers: [refunds or replacements, with dates]\n"
            "- Carrier: [claims opened, carrier or service changed]\n"
            "- Open orders: [how many were checked]"
        ),
        "preventive_measures": (
            "- Tracking follow-up: [report of parcels without a scan, who reads it, how often]\n"
            "- Carrier: [the service used from now on, and why]\n"
            "- Addresses and packaging: [checks added]"
        ),
    },
    "inauthentic": {
        "guidance": (
            "Amazon wants proof that the items are genuine: invoices from the manufacturer or "
            "an authorised distributor, covering the quantities sold over the period the "
            "notice asks for (often 365 days), with your business details matching the "
            "account. Explain where your stock came from."
        ),
        "root_cause": (
            "- ASINs concerned: [list]\n"
            "- Source of the stock: [supplier name and website; manufacturer or distributor]\n"
            "- Cause of the complaints: [e.g. units from a wholesaler that could not show its "
            "own source]"
        ),
        "actions_taken": (
            "- Stock from that source: [removed, returned or destroyed; quantities, dates]\n"
            "- Invoices provided: [supplier, dates, quantities covered]\n"
            "- Buyers: [refunds, with dates]"
        ),
        "preventive_measures": (
            "- Supplier checks: [what you verify before buying, e.g. a letter of authorisation]\n"
            "- Records: [where the invoice of each purchase is kept]\n"
            "- New brands: [what is checked before listing them]"
        ),
    },
    "condition": {
        "guidance": (
            "Condition complaints say the item received was used, damaged or different from "
            "its description. Find the step that let it through: returns restocked as new, "
            "packing, storage, or the listing itself."
        ),
        "root_cause": (
            "- Complaints: [number, period, and what buyers reported]\n"
            "- Units concerned: [where they came from, e.g. returns restocked as new]\n"
            "- Cause in our process: [the step that failed]"
        ),
        "actions_taken": (
            "- Stock inspected: [units checked, units removed]\n"
            "- Listings: [condition or description corrected, ASINs]\n"
            "- Buyers: [refunds or replacements]"
        ),
        "preventive_measures": (
            "- Returns: [how returns are graded before restocking, and by whom]\n"
            "- Packing: [changes to packaging]\n"
            "- Descriptions: [how they are checked against the product]"
        ),
    },
    "intellectual_property": {
        "guidance": (
            "An intellectual property complaint comes from a rights owner. If you were not "
            "allowed to use the brand, design or content, remove the listings and say so. If "
            "the complaint is wrong, the answer is the rights owner's retraction or proof that "
            "you may sell, such as a licence or invoices for genuine goods."
        ),
        "root_cause": (
            "- Complaint: [rights owner, trademark, copyright or patent, and the ASINs]\n"
            "- Why the listing infringed: [e.g. a brand name in the title of an unbranded item]\n"
            "- Why it was not caught: [the check that was missing]"
        ),
        "actions_taken": (
            "- Listings: [removed or corrected, with dates]\n"
            "- Stock: [what was done with the remaining units]\n"
            "- Rights owner: [contact made, retraction or licence obtained]"
        ),
        "preventive_measures": (
            "- Check before listing: [how brand and design rights are verified]\n"
            "- Images and text: [only your own or licensed content]\n"
            "- Training: [who was trained, and when]"
        ),
    },
    "product_safety": {
        "guidance": (
            "Safety notices ask for proof that the product meets the rules of the "
            "marketplace: test reports, certificates, labels and warnings. Say which "
            "requirement was missing and which documents now show compliance."
        ),
        "root_cause": (
            "- ASINs and requirement: [e.g. CE marking, test report, warning label]\n"
            "- What was missing: [document or label]\n"
            "- Why: [e.g. supplier documents not checked before listing]"
        ),
        "actions_taken": (
            "- Documents obtained: [test reports or certificates, laboratory, dates]\n"
            "- Stock: [units quarantined, relabelled or destroyed]\n"
            "- Buyers: [any notice or recall made]"
        ),
        "preventive_measures": (
            "- Compliance check before listing: [documents required from each supplier]\n"
            "- Expiry: [how certificates are kept up to date]\n"
            "- Sign-off: [the person who approves a new product]"
        ),
    },
    "related_accounts": {
        "guidance": (
            "Amazon links accounts through shared details such as a bank account, address, "
            "device or person. Identify the link, describe the relationship factually, and "
            "show that the other account is closed, in good standing, or unconnected."
        ),
        "root_cause": (
            "- Linked account: [name or e-mail, if Amazon gave it]\n"
            "- What links them: [shared address, bank account, device or person]\n"
            "- Relationship: [e.g. a former employee who now runs another business]"
        ),
        "actions_taken": (
            "- Shared details removed: [what changed, with dates]\n"
            "- Other account: [its status, and the proof]\n"
            "- Documents: [e.g. lease, bank statement]"
        ),
        "preventive_measures": (
            "- Separation: [devices, networks and accounts used only for this business]\n"
            "- Access: [who can sign in to Seller Central]\n"
            "- Review: [how often access is reviewed]"
        ),
    },
    "other_policy": {
        "guidance": (
            "Name the policy the notice cites and answer it directly: what happened, what you "
            "changed, and how you will stay within the policy."
        ),
        "root_cause": (
            "- Policy named in the notice: [name]\n"
            "- What broke it: [facts, dates, ASINs]\n"
            "- Why it happened: [the cause in our process]"
        ),
        "actions_taken": (
            "- Corrections: [listings, prices, content or practices changed, with dates]\n"
            "- Buyers affected: [what was done for them]"
        ),
        "preventive_measures": (
            "- Policy review: [who reads the policy, and when it is read again]\n"
            "- Controls: [checks added, and how often they run]"
        ),
    },
}
