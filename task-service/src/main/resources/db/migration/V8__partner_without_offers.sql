-- The words of a partner's offer were free text the partner wrote; partner-service no longer publishes them (issue 14,
-- item 3) and assignee suggestions match expertise tags only. Dropping the column removes what earlier events left.
alter table partner drop column offers;
