package com.example;

import static org.quicktheories.QuickTheory.qt;

import dev.coalition.testkit.FairnessAssertions;
import dev.coalition.testkit.RequestShape;
import dev.coalition.testkit.TestkitGens;
import org.junit.jupiter.api.Test;

class MyPolicyFairnessTest {

    @Test
    void myPolicyKeepsTheFairnessLaws() {
        qt().forAll(TestkitGens.allocationRequests(RequestShape.defaults()))
                .checkAssert(request -> FairnessAssertions.assertFair(new MyPolicy(), request));
    }
}
