import { Module } from '@nestjs/common';
import {
  CompetencyCategoryResolver,
  CompetencyFrameworkResolver,
  CompetencyItemResolver,
  TrainingElementResolver,
  TrainingProfileResolver,
} from './frameworks.resolver';
import { FrameworksService } from './frameworks.service';

@Module({
  providers: [
    FrameworksService,
    CompetencyFrameworkResolver,
    CompetencyCategoryResolver,
    CompetencyItemResolver,
    TrainingProfileResolver,
    TrainingElementResolver,
  ],
  exports: [FrameworksService],
})
export class FrameworksModule {}
