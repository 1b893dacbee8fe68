package io.camelspeech.sandbox.tencent;

/**
 * What one output of a job asks for.
 *
 * @param type         1 generates audio, 2 trains a model
 * @param outputPrefix empty when not given
 */
record OutputSpec(int type, String modelName, String outputPrefix) {

    static final int GENERATE = 1;
    static final int TRAIN = 2;

    boolean trains() {
        return type == TRAIN;
    }
}
