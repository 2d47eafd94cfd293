package org.trendfinder.pipeline.input;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.trendfinder.pipeline.SparkTestSession;

/** Test helper: the same rows with every field nullable, so datasets from Parquet and memory compare equal. */
final class Frames {
    private Frames() {
    }

    static Dataset<Row> nullable(Dataset<Row> d) {
        return SparkTestSession.get().createDataFrame(d.collectAsList(), (StructType) relaxed(d.schema()));
    }

    private static DataType relaxed(DataType t) {
        if (t instanceof StructType s) {
            StructField[] fields = new StructField[s.fields().length];
            for (int i = 0; i < fields.length; i++) {
                StructField f = s.fields()[i];
                fields[i] = new StructField(f.name(), relaxed(f.dataType()), true, f.metadata());
            }
            return new StructType(fields);
        }
        if (t instanceof ArrayType a) {
            return DataTypes.createArrayType(relaxed(a.elementType()), true);
        }
        return t;
    }
}
