/**
 * The discrete-event kernel, free of any tour vocabulary: event lists over primitive arrays, the simulator
 * and its clock, FIFO resources and admission gates, periodic windows, reproducible random streams, samplers and
 * streaming statistics.
 *
 * <p>Owns: anything a queueing model needs whatever it models. May import: the JDK only. Nothing here may
 * allocate per event on the hot path.
 */
package org.tourplan.engine;
