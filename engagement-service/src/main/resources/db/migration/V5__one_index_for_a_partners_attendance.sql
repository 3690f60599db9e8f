-- Attendance is read by partner (any network, any group) since V4; the older index by network, partner and group
-- only slowed down every write.
drop index attendance_partner_group;
