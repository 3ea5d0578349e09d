// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.json.internal.RecordBudget;
import tools.jackson.core.JsonParser;

/**
 * Binds the JSON object under a parser to a raw record, collecting field problems as violations. Syntax
 * errors and broken Jackson limits propagate as Jackson exceptions; the caller turns them into a
 * record-level violation.
 *
 * @param <T> the raw record type
 */
interface RecordBinding<T> {

    /**
     * Reads one object.
     *
     * @param parser positioned on the object's {@code START_OBJECT}; left on its {@code END_OBJECT}
     * @param budget checked at every field and array element
     */
    BoundRecord<T> read(JsonParser parser, RecordBudget budget);
}
