package store

import (
	"encoding"
	"fmt"
)

// The index values of schema 3 (actions, search, directory) marshal
// themselves (encoding.BinaryMarshaler); encodeIndex and decodeIndex then
// seal and open them exactly as codec.encode and codec.decode do with the
// values marshal knows, bound to bucket and key.
//
// TODO(lead): once marshal/unmarshal in codec.go get a case for
// encoding.BinaryMarshaler/BinaryUnmarshaler, these two become
// cd.encode/cd.decode.

func (cd *codec) encodeIndex(bucket, key []byte, v encoding.BinaryMarshaler) ([]byte, error) {
	data, err := v.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("store: encode %s/%s: %w", bucket, key, err)
	}
	if cd != nil && cd.sealer != nil {
		data = cd.sealer.seal(bucket, key, data)
	}
	return data, nil
}

func (cd *codec) decodeIndex(bucket, key, data []byte, v encoding.BinaryUnmarshaler) error {
	var err error
	if cd != nil && cd.sealer != nil {
		data, err = cd.sealer.open(bucket, key, data)
	}
	if err == nil {
		err = v.UnmarshalBinary(data)
	}
	if err != nil {
		return fmt.Errorf("store: decode %s/%s: %w", bucket, key, err)
	}
	return nil
}
