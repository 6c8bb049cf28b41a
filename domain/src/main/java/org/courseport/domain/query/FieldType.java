package org.courseport.domain.query;

/** How a filter value is read and compared. Text compares without regard to letter case. */
public enum FieldType { TEXT, INTEGER, BOOLEAN, DATE, TIMESTAMP }
