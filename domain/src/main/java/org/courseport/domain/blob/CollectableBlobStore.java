package org.courseport.domain.blob;

/** A blob store whose blobs can be listed and removed, so that what nothing names any more is freed. */
public interface CollectableBlobStore extends BlobStore, BlobInventory {
}
