/** Seeded generators and AssertJ assertions for testing systems that handle Kartu Prakerja data. */
package id.prakerja.testkit;
