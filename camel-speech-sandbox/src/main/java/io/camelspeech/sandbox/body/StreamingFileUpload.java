package io.camelspeech.sandbox.body;

import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.RequestContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * commons-fileupload bound to a plain {@link RequestContext}. The sandbox only uses the streaming
 * {@link #getItemIterator} (no size limits: oversized files are measured, then refused); the buffering methods
 * are kept working with a disk factory for completeness.
 */
final class StreamingFileUpload extends AbstractFileUpload<RequestContext, DiskFileItem, DiskFileItemFactory> {

    StreamingFileUpload() {
        setHeaderCharset(StandardCharsets.UTF_8);
        setFileItemFactory(DiskFileItemFactory.builder().get());
    }

    @Override
    public FileItemInputIterator getItemIterator(RequestContext request) throws FileUploadException, IOException {
        return super.getItemIterator(request);
    }

    @Override
    public Map<String, List<DiskFileItem>> parseParameterMap(RequestContext request) throws FileUploadException {
        return super.parseParameterMap(request);
    }

    @Override
    public List<DiskFileItem> parseRequest(RequestContext request) throws FileUploadException {
        return super.parseRequest(request);
    }
}
