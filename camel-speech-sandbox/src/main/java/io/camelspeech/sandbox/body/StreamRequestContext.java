package io.camelspeech.sandbox.body;

import org.apache.commons.fileupload2.core.RequestContext;

import java.io.InputStream;
import java.util.Locale;

/** Presents an HTTP request body to commons-fileupload without any servlet API. */
record StreamRequestContext(String contentType, long contentLength, InputStream body) implements RequestContext {

    @Override
    public String getCharacterEncoding() {
        return null;
    }

    @Override
    public long getContentLength() {
        return contentLength;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public InputStream getInputStream() {
        return body;
    }

    @Override
    public boolean isMultipartRelated() {
        return contentType.toLowerCase(Locale.ROOT).startsWith("multipart/related");
    }
}
