import wmill


def main(field: str, images_prefix: str):
    s3 = wmill.get_resource("f/farm/survey_bucket")
    mosaic = f"s3://{s3['bucket']}/{images_prefix}mosaic.tif"
    return {"field": field, "mosaic": mosaic}
