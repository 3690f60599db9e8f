-- A task's title is free text that often names a person, and task-service no longer publishes it (issue 14, item 3):
-- the ledger and the alerts name a task by its id and due date. The titles kept so far go with the column.
alter table task drop column title;
