/**
 * Demo content of the mastery engine: the concept graph and the demo learners' practice histories.
 */
@NullMarked
package org.vidya.mastery.demo;

import org.jspecify.annotations.NullMarked;
