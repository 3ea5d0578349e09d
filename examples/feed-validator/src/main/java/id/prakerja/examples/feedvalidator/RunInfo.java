package id.prakerja.examples.feedvalidator;

import java.util.Optional;

/**
 * What a report says about the run: the input's name, the evaluation, already in words, and, when reading
 * stopped before the end of the input, where and why (in words).
 */
record RunInfo(String source, String evaluation, String version, Optional<String> cutShort) {}
