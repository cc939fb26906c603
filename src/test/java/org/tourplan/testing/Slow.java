package org.tourplan.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class (or method) that takes seconds, not milliseconds, on two cores: it starts cluster members on fixed
 * ports, other JVMs, Maven or a browser, or simulates many months. {@code mvn -B test} runs it; the fast profile
 * ({@code mvn -B test -Pfast}, CONTRIBUTING.md) leaves it out. Tag a new test with it when it takes more than about
 * two seconds alone.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {
  /** The JUnit tag the fast profile excludes. */
  String TAG = "slow";
}
