/**
 * Demo content of the assessment module: the platform's JEE physics item bank.
 */
@NullMarked
package org.vidya.assessment.demo;

import org.jspecify.annotations.NullMarked;
