package id.prakerja.examples.feedvalidator;

/** What a report says about the run: the input's name and the evaluation, already in words. */
record RunInfo(String source, String evaluation, String version) {}
