/**
 * Spreadsheets as municipal offices keep their partner lists (issue 15, item 4): CSV read and written as RFC 4180
 * says, in UTF-8 or Windows-1252, with {@code ;} or {@code ,}, and the columns of a partner with German or English
 * headings. Plain Java: no database, no HTTP, unit-tested on its own.
 */
package de.netzwerk.partner.spreadsheet;
