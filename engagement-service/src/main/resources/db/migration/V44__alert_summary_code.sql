-- An alert's summary as a code and its arguments, put into the reader's language when it is shown (issue 16,
-- item 6). summary keeps the English words: alerts stated before this migration show them until their condition is
-- stated again, and the personal-data export writes them.
alter table alert add column summary_code varchar(64);
alter table alert add column summary_args text[];
