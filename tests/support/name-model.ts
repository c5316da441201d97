// Every test process extracts with the committed name model, as the CLI does.
import { installNameModel } from '../../lib/extract/name-model/current';
import { readNameModel } from '../../lib/extract/name-model/node';

installNameModel(readNameModel());
